stub: upstream file of 30300 bytes
