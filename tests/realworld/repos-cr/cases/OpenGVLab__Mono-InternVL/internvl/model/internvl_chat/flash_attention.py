stub: upstream file of 3459 bytes
