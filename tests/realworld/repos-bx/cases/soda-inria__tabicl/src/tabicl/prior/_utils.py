stub: upstream file of 4415 bytes
