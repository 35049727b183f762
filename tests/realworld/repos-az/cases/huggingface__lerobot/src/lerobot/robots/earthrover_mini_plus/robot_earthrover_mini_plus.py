stub: upstream file of 21730 bytes
