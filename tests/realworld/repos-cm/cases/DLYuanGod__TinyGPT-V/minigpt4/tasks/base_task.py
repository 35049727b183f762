stub: upstream file of 9168 bytes
