stub: upstream file of 9945 bytes
