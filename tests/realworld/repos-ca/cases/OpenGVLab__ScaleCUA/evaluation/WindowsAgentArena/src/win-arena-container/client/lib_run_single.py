stub: upstream file of 3023 bytes
