stub: upstream file of 13432 bytes
