stub: upstream file of 31361 bytes
