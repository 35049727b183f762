stub: upstream file of 6789 bytes
