stub: upstream file of 40184 bytes
