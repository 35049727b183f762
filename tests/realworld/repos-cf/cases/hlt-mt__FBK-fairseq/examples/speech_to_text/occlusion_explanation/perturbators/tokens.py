stub: upstream file of 5497 bytes
