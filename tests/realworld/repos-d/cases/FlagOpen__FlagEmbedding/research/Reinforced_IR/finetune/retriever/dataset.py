stub: upstream file of 21497 bytes
