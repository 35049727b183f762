stub: upstream file of 34714 bytes
