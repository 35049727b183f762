stub: upstream file of 3764 bytes
