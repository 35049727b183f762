stub: upstream file of 3732 bytes
