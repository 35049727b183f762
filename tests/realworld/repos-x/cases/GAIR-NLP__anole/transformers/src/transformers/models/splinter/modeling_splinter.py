stub: upstream file of 53299 bytes
