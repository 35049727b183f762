stub: upstream file of 5502 bytes
