stub: upstream file of 12497 bytes
