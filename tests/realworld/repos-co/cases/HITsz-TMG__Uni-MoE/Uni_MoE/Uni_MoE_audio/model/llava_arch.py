stub: upstream file of 22076 bytes
