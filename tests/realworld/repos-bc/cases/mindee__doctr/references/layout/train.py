stub: upstream file of 29106 bytes
