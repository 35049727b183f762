stub: upstream file of 5085 bytes
