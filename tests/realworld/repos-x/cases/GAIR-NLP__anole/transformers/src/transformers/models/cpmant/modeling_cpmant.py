stub: upstream file of 37412 bytes
