stub: upstream file of 9208 bytes
