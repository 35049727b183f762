stub: upstream file of 21241 bytes
