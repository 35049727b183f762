stub: upstream file of 10913 bytes
