stub: upstream file of 9831 bytes
