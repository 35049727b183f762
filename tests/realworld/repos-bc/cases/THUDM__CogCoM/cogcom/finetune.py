stub: upstream file of 12611 bytes
