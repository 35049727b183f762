stub: upstream file of 5724 bytes
