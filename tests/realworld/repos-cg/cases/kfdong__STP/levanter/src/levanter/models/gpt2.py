stub: upstream file of 16589 bytes
