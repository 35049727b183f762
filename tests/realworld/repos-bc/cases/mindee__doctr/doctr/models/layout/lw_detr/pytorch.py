stub: upstream file of 34902 bytes
