stub: upstream file of 64705 bytes
