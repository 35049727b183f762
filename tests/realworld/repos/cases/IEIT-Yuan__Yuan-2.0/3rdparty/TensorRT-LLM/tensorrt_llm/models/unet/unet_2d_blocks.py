stub: upstream file of 20029 bytes
