stub: upstream file of 9036 bytes
