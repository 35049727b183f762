stub: upstream file of 10310 bytes
