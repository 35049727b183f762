stub: upstream file of 23590 bytes
