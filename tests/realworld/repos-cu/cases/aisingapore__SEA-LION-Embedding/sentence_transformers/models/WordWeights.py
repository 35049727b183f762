stub: upstream file of 2828 bytes
