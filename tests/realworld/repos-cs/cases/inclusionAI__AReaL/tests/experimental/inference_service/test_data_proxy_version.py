stub: upstream file of 7103 bytes
