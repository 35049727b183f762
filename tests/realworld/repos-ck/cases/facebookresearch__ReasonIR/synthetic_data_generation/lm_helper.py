stub: upstream file of 5554 bytes
