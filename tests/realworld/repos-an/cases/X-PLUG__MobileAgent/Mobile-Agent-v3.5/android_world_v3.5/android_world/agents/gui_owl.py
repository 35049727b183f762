stub: upstream file of 15049 bytes
