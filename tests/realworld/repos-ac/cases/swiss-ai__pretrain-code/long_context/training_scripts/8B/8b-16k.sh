stub: upstream file of 13427 bytes
