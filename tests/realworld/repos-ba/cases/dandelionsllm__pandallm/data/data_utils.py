stub: upstream file of 15103 bytes
