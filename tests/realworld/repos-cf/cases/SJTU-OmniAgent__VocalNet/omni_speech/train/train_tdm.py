stub: upstream file of 29608 bytes
