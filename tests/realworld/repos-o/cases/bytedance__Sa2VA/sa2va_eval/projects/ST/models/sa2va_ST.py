stub: upstream file of 41076 bytes
