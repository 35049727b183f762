stub: upstream file of 461812 bytes
