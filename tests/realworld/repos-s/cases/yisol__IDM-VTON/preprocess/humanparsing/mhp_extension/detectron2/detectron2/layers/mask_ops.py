stub: upstream file of 9840 bytes
