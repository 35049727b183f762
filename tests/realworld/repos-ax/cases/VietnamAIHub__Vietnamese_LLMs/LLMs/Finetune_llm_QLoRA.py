stub: upstream file of 8946 bytes
