stub: upstream file of 25516 bytes
