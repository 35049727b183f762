stub: upstream file of 7153 bytes
