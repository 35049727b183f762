stub: upstream file of 13611 bytes
