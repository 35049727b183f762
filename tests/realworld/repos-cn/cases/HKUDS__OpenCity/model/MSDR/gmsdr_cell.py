stub: upstream file of 8459 bytes
