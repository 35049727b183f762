stub: upstream file of 14664 bytes
