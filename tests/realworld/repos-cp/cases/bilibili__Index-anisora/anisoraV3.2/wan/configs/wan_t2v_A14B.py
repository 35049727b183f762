stub: upstream file of 1023 bytes
