stub: upstream file of 4033 bytes
