stub: upstream file of 92168 bytes
