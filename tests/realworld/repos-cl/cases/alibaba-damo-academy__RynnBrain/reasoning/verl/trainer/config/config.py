stub: upstream file of 2988 bytes
