stub: upstream file of 25614 bytes
