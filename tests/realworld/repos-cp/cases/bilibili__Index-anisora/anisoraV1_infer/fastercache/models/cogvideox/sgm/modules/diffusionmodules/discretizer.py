stub: upstream file of 4844 bytes
