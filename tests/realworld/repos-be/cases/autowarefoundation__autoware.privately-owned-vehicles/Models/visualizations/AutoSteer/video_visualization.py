stub: upstream file of 8354 bytes
