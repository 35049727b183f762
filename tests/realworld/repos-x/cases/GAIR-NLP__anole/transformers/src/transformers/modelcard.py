stub: upstream file of 35153 bytes
