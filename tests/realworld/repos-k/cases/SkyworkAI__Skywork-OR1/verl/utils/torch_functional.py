stub: upstream file of 19317 bytes
