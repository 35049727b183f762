stub: upstream file of 20524 bytes
