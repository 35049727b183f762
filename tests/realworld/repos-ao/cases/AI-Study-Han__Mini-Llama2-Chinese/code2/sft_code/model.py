stub: upstream file of 17667 bytes
