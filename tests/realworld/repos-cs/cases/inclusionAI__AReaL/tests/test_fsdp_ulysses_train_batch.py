stub: upstream file of 1171 bytes
