stub: upstream file of 8559 bytes
