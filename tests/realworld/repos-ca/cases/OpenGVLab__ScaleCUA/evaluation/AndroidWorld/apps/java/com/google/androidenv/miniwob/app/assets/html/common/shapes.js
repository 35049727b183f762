stub: upstream file of 7591 bytes
