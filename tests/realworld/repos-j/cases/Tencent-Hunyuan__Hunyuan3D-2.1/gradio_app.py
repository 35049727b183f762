stub: upstream file of 34751 bytes
