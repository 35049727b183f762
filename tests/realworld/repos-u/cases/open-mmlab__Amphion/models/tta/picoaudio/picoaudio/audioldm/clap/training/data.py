stub: upstream file of 34417 bytes
