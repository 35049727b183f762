stub: upstream file of 21148 bytes
