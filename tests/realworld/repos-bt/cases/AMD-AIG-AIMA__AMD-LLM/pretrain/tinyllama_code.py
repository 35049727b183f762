stub: upstream file of 16142 bytes
