stub: upstream file of 25491 bytes
