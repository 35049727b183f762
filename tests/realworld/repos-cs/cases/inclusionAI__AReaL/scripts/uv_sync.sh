stub: upstream file of 2354 bytes
