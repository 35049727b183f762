stub: upstream file of 424 bytes
