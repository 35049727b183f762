stub: upstream file of 57079 bytes
