stub: upstream file of 9624 bytes
