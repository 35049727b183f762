stub: upstream file of 45314 bytes
