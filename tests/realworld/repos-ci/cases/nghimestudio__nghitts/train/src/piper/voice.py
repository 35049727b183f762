stub: upstream file of 15954 bytes
