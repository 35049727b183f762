stub: upstream file of 16660 bytes
