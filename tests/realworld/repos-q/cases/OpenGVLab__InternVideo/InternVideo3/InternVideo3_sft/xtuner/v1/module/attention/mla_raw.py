stub: upstream file of 26959 bytes
