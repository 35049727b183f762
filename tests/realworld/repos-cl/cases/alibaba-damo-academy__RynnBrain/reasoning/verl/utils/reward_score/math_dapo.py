stub: upstream file of 7751 bytes
