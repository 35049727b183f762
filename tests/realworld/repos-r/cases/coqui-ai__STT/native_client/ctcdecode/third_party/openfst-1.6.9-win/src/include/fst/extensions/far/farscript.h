stub: upstream file of 11093 bytes
