stub: upstream file of 5088 bytes
