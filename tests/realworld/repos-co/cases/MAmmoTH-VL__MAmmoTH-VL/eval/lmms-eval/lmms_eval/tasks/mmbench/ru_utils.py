stub: upstream file of 4587 bytes
