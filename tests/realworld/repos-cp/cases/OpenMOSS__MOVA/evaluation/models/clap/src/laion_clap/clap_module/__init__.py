stub: upstream file of 568 bytes
