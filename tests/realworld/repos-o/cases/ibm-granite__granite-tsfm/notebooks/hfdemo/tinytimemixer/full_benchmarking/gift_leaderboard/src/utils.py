stub: upstream file of 11417 bytes
