stub: upstream file of 5579 bytes
