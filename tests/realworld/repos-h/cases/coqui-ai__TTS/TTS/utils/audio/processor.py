stub: upstream file of 23635 bytes
