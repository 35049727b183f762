stub: upstream file of 7061 bytes
