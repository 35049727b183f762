stub: upstream file of 75166 bytes
