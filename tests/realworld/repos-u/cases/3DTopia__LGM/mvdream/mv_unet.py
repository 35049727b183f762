stub: upstream file of 34405 bytes
