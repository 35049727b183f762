stub: upstream file of 27028 bytes
