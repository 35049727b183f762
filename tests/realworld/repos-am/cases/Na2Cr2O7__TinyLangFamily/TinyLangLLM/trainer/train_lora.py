stub: upstream file of 9292 bytes
