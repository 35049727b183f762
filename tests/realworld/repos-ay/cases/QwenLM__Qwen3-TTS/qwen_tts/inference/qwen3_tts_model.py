stub: upstream file of 37121 bytes
