stub: upstream file of 15702 bytes
