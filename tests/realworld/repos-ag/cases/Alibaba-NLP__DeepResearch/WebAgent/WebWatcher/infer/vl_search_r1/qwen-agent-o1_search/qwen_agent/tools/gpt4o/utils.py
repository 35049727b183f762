stub: upstream file of 8642 bytes
