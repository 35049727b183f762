stub: upstream file of 32992 bytes
