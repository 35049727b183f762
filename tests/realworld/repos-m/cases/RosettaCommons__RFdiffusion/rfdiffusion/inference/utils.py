stub: upstream file of 35554 bytes
