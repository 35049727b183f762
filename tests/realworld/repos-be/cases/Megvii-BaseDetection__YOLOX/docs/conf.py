stub: upstream file of 12831 bytes
