stub: upstream file of 14554 bytes
