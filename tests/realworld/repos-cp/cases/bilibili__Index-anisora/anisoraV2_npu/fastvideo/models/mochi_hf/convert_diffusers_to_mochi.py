stub: upstream file of 22762 bytes
