stub: upstream file of 41242 bytes
