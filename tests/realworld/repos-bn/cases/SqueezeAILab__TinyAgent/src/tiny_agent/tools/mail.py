stub: upstream file of 7554 bytes
