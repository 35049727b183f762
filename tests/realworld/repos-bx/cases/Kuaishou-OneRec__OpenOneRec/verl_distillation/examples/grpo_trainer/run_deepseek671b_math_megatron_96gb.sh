stub: upstream file of 8515 bytes
