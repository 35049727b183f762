stub: upstream file of 5015 bytes
