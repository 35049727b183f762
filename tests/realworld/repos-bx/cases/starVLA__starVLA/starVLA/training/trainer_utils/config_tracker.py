stub: upstream file of 21344 bytes
