stub: upstream file of 18713 bytes
