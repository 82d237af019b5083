"""Attribution: who said what in an English text (claims), and which side each speaker speaks for (sides)."""
