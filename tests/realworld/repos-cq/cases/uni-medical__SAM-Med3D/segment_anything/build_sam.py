stub: upstream file of 5589 bytes
