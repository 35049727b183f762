stub: upstream file of 13189 bytes
