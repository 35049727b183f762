stub: upstream file of 3103 bytes
