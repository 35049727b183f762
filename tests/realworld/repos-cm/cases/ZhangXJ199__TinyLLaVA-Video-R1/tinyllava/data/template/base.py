stub: upstream file of 5831 bytes
