stub: upstream file of 14013 bytes
