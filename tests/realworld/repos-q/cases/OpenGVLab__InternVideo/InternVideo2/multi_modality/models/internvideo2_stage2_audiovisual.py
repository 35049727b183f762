stub: upstream file of 34115 bytes
