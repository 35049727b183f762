stub: upstream file of 15184 bytes
