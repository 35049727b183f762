stub: upstream file of 33754 bytes
