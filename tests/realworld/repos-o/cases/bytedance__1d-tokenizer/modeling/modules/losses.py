stub: upstream file of 19861 bytes
