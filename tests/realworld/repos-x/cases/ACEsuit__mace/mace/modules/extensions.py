stub: upstream file of 40831 bytes
