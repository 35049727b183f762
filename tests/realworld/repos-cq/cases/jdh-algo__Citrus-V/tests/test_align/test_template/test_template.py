stub: upstream file of 4463 bytes
