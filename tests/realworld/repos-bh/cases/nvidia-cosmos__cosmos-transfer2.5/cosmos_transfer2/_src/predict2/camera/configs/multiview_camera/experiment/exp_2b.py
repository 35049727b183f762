stub: upstream file of 12012 bytes
