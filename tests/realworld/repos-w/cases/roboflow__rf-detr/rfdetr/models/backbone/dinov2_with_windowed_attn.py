stub: upstream file of 51587 bytes
