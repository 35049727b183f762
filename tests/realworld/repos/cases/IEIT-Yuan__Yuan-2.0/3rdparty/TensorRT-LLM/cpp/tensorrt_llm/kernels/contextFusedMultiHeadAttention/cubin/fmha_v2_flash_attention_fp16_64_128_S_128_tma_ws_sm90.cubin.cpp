stub: upstream file of 1646528 bytes
