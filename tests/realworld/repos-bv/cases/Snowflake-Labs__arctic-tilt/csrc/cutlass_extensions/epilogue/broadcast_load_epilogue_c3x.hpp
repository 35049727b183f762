stub: upstream file of 16646 bytes
