stub: upstream file of 4024 bytes
