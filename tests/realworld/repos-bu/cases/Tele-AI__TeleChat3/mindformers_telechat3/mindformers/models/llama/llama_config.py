stub: upstream file of 16224 bytes
