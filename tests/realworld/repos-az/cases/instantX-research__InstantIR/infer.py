stub: upstream file of 13754 bytes
