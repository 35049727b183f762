stub: upstream file of 53432 bytes
