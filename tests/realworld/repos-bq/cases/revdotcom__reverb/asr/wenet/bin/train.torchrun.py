stub: upstream file of 18007 bytes
