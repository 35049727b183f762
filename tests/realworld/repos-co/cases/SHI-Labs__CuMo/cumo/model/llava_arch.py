stub: upstream file of 19751 bytes
