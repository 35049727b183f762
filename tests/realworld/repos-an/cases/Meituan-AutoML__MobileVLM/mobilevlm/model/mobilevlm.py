stub: upstream file of 16023 bytes
