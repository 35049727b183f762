stub: upstream file of 411253 bytes
