stub: upstream file of 38593 bytes
