stub: upstream file of 37068 bytes
