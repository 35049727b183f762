stub: upstream file of 13664 bytes
