stub: upstream file of 6464 bytes
