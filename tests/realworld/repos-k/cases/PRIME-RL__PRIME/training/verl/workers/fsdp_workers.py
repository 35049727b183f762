stub: upstream file of 54148 bytes
