stub: upstream file of 34777 bytes
