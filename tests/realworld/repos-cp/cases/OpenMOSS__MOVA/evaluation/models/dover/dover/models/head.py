stub: upstream file of 3361 bytes
