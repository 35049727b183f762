stub: upstream file of 9107 bytes
