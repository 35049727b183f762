stub: upstream file of 43380 bytes
