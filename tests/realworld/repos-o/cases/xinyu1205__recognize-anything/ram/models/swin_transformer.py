stub: upstream file of 26827 bytes
