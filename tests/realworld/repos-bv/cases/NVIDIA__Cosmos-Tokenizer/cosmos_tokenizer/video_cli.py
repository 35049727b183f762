stub: upstream file of 6887 bytes
