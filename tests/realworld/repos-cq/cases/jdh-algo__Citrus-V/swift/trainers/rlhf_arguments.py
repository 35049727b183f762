stub: upstream file of 4646 bytes
