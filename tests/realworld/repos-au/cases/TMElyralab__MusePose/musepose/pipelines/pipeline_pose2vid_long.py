stub: upstream file of 21189 bytes
