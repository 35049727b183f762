stub: upstream file of 19209 bytes
