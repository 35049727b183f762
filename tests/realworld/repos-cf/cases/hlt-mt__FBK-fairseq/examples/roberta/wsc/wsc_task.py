stub: upstream file of 13524 bytes
