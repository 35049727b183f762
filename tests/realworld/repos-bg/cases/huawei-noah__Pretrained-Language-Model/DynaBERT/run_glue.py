stub: upstream file of 28153 bytes
