stub: upstream file of 12744 bytes
