stub: upstream file of 42635 bytes
