stub: upstream file of 11611 bytes
