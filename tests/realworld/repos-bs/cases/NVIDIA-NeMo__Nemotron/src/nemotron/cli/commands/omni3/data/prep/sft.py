stub: upstream file of 9017 bytes
