stub: upstream file of 9901 bytes
