stub: upstream file of 43166 bytes
