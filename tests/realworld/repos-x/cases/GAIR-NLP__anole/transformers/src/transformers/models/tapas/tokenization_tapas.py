stub: upstream file of 117023 bytes
