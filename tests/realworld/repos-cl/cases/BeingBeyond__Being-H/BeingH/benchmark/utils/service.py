stub: upstream file of 6158 bytes
