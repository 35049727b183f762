stub: upstream file of 110397 bytes
