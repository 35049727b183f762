stub: upstream file of 28560 bytes
