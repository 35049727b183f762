stub: upstream file of 6015 bytes
