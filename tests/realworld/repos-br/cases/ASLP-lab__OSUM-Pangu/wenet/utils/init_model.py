stub: upstream file of 8840 bytes
