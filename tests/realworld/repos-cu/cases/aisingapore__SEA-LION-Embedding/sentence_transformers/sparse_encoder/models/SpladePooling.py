stub: upstream file of 6945 bytes
