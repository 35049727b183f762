stub: upstream file of 6640 bytes
