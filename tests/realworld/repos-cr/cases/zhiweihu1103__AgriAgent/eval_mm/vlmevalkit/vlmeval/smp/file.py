stub: upstream file of 7204 bytes
