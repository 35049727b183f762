stub: upstream file of 5559 bytes
