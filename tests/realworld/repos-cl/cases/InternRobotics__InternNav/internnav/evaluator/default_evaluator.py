stub: upstream file of 4023 bytes
