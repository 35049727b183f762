stub: upstream file of 26310 bytes
