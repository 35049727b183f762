stub: upstream file of 90882 bytes
