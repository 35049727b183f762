stub: upstream file of 3234 bytes
