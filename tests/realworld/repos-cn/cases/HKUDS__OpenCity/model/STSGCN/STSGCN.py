stub: upstream file of 15034 bytes
