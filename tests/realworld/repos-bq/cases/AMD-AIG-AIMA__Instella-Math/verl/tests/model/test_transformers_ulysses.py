stub: upstream file of 10103 bytes
