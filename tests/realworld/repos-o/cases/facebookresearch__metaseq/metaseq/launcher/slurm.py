stub: upstream file of 20005 bytes
