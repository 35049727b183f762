stub: upstream file of 8097 bytes
