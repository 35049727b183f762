stub: upstream file of 22103 bytes
