stub: upstream file of 21208 bytes
