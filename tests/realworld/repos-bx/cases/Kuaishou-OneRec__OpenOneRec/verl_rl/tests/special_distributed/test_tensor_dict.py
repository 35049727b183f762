stub: upstream file of 4764 bytes
