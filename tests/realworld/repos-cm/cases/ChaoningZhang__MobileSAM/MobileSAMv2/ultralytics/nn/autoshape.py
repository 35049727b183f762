stub: upstream file of 12515 bytes
