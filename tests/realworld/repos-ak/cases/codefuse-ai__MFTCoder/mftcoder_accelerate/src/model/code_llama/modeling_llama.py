stub: upstream file of 46933 bytes
