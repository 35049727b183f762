stub: upstream file of 33069 bytes
