stub: upstream file of 22785 bytes
