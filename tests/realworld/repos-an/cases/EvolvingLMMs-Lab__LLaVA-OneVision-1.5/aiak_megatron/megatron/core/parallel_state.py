stub: upstream file of 95779 bytes
