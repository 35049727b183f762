stub: upstream file of 15543 bytes
