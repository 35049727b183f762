stub: upstream file of 24297 bytes
