stub: upstream file of 9616 bytes
