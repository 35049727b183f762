stub: upstream file of 25693 bytes
