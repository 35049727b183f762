stub: upstream file of 36058 bytes
