stub: upstream file of 7611 bytes
