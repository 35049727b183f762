stub: upstream file of 51972 bytes
