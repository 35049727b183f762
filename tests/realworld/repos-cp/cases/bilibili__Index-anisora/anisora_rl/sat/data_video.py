stub: upstream file of 19551 bytes
