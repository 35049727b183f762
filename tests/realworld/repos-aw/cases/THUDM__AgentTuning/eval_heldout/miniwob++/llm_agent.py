stub: upstream file of 24069 bytes
