stub: upstream file of 34505 bytes
