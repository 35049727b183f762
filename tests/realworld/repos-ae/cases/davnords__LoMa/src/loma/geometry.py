stub: upstream file of 27539 bytes
