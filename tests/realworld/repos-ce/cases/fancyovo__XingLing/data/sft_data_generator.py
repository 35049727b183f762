stub: upstream file of 29153 bytes
