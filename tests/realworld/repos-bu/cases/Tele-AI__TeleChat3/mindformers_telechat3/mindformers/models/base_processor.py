stub: upstream file of 12312 bytes
