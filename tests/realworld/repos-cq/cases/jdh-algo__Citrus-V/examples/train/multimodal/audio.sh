stub: upstream file of 751 bytes
