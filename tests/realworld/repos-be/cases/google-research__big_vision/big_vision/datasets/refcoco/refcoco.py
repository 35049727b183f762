stub: upstream file of 16577 bytes
