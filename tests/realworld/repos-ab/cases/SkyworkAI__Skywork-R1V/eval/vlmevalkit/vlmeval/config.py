stub: upstream file of 47158 bytes
