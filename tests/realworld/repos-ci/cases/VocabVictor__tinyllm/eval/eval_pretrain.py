stub: upstream file of 5862 bytes
