stub: upstream file of 8780 bytes
