stub: upstream file of 95061 bytes
