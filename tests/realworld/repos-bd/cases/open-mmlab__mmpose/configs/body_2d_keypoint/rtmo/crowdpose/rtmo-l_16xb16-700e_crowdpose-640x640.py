stub: upstream file of 9505 bytes
