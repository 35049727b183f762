stub: upstream file of 4417 bytes
