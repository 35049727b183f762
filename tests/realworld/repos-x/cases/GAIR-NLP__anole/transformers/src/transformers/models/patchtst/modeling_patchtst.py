stub: upstream file of 91725 bytes
