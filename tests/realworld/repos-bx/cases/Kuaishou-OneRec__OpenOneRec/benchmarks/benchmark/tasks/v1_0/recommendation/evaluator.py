stub: upstream file of 20862 bytes
