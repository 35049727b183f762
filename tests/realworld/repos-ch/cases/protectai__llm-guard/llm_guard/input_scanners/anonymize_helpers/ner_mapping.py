stub: upstream file of 11423 bytes
