stub: upstream file of 7171 bytes
