stub: upstream file of 11673 bytes
