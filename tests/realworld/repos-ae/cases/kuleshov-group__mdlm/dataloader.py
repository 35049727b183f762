stub: upstream file of 22246 bytes
