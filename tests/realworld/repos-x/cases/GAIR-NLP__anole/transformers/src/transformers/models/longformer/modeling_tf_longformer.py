stub: upstream file of 129344 bytes
