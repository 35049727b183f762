stub: upstream file of 10162 bytes
