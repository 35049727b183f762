stub: upstream file of 1768 bytes
