stub: upstream file of 59574 bytes
