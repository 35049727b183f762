stub: upstream file of 17425 bytes
