stub: upstream file of 6940 bytes
