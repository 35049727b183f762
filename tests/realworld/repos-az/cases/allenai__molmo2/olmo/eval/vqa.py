stub: upstream file of 27475 bytes
