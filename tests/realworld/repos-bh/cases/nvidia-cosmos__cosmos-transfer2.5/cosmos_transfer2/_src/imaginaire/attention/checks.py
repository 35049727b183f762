stub: upstream file of 19754 bytes
