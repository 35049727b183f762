stub: upstream file of 22145 bytes
