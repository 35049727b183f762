stub: upstream file of 9589 bytes
