stub: upstream file of 34262 bytes
