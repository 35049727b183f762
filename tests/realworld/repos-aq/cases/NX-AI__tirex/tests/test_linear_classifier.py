stub: upstream file of 9977 bytes
