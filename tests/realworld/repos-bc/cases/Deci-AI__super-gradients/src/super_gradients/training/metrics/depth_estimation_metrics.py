stub: upstream file of 8547 bytes
