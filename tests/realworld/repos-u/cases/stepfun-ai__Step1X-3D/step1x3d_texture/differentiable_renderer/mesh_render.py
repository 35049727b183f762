stub: upstream file of 31518 bytes
