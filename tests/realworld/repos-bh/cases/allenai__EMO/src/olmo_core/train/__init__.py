stub: upstream file of 5243 bytes
