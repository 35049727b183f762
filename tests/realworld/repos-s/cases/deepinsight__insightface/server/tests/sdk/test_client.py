stub: upstream file of 24824 bytes
