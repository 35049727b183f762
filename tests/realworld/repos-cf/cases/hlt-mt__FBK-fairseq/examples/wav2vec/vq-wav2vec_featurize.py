stub: upstream file of 7899 bytes
