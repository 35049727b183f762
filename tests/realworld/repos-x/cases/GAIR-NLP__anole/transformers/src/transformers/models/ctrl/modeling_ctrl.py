stub: upstream file of 35605 bytes
