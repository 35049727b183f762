stub: upstream file of 7888 bytes
