stub: upstream file of 12103 bytes
