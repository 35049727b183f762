stub: upstream file of 4642 bytes
