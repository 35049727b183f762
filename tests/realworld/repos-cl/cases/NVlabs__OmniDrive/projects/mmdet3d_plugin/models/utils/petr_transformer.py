stub: upstream file of 10148 bytes
