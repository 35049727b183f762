stub: upstream file of 5490 bytes
