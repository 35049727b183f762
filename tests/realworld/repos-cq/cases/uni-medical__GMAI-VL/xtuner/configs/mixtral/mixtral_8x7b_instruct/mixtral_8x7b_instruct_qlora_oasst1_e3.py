stub: upstream file of 7412 bytes
