stub: upstream file of 2103 bytes
