stub: upstream file of 5186 bytes
