stub: upstream file of 7113 bytes
