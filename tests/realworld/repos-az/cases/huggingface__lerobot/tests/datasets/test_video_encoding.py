stub: upstream file of 34589 bytes
