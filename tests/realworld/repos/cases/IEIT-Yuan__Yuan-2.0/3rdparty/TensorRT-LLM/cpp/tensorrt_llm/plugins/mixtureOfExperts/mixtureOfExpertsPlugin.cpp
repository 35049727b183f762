stub: upstream file of 26794 bytes
