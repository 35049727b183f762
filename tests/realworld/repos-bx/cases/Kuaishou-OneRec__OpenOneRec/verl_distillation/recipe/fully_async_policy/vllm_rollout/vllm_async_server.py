stub: upstream file of 6103 bytes
