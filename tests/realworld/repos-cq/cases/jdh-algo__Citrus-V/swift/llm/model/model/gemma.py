stub: upstream file of 8727 bytes
