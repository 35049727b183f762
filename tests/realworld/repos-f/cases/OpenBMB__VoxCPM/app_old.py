stub: upstream file of 12572 bytes
