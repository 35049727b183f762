stub: upstream file of 19497 bytes
