stub: upstream file of 24417 bytes
