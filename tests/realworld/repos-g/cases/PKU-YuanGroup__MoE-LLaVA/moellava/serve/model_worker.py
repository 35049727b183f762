stub: upstream file of 10948 bytes
