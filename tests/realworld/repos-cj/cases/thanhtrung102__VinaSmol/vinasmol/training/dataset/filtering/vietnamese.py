stub: upstream file of 13166 bytes
