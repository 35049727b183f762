stub: upstream file of 35568 bytes
