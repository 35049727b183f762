stub: upstream file of 17763 bytes
