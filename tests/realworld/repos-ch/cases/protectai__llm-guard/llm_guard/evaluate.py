stub: upstream file of 4938 bytes
