stub: upstream file of 36733 bytes
