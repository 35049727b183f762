stub: upstream file of 21417 bytes
