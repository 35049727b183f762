stub: upstream file of 8849 bytes
