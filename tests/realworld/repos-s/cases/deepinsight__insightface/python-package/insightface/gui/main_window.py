stub: upstream file of 27011 bytes
