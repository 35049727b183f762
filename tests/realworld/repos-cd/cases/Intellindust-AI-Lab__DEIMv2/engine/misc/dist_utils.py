stub: upstream file of 7133 bytes
