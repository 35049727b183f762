stub: upstream file of 4953 bytes
