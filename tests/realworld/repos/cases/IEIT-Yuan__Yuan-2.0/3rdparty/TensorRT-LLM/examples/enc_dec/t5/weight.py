stub: upstream file of 23208 bytes
