stub: upstream file of 31170 bytes
