stub: upstream file of 628 bytes
