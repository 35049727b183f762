stub: upstream file of 1611 bytes
