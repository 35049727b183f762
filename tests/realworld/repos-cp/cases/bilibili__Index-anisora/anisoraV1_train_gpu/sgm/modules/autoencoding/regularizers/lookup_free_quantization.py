stub: upstream file of 9239 bytes
