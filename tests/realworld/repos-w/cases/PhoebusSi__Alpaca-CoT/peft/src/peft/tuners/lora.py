stub: upstream file of 46171 bytes
