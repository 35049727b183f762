stub: upstream file of 17764 bytes
