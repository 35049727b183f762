stub: upstream file of 14581 bytes
