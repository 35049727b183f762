stub: upstream file of 5881 bytes
