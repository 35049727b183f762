stub: upstream file of 31939 bytes
