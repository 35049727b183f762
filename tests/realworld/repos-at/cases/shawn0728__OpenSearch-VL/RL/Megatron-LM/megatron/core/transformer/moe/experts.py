stub: upstream file of 52161 bytes
