stub: upstream file of 13440 bytes
