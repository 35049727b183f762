stub: upstream file of 17448 bytes
