stub: upstream file of 59403 bytes
