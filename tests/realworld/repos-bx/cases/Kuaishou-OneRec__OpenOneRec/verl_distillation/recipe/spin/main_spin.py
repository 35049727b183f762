stub: upstream file of 6417 bytes
