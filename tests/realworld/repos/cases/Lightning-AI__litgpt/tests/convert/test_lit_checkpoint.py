stub: upstream file of 29148 bytes
