stub: upstream file of 51802 bytes
