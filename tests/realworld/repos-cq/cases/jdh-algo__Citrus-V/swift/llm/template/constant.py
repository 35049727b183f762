stub: upstream file of 5145 bytes
