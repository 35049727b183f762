stub: upstream file of 2558 bytes
