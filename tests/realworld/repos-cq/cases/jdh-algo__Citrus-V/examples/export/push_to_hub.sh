stub: upstream file of 171 bytes
