stub: upstream file of 5103 bytes
