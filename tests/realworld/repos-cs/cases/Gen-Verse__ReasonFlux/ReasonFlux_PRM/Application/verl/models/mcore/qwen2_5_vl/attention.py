stub: upstream file of 9543 bytes
