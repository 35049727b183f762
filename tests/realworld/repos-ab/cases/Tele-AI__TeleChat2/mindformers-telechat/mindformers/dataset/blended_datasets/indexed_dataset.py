stub: upstream file of 30153 bytes
