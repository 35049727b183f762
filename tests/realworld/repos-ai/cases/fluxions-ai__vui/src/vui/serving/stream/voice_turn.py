stub: upstream file of 39002 bytes
