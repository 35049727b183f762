stub: upstream file of 138103 bytes
