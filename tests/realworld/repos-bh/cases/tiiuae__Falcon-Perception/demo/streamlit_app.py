stub: upstream file of 18145 bytes
