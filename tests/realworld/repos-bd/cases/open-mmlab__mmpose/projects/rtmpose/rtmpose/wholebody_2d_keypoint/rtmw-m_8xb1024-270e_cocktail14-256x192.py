stub: upstream file of 17442 bytes
