stub: upstream file of 7642 bytes
