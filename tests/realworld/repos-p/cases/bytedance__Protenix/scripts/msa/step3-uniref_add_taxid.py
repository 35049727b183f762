stub: upstream file of 18365 bytes
