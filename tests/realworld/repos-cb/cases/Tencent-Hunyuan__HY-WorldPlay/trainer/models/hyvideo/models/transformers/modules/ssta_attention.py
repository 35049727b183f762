stub: upstream file of 31840 bytes
