stub: upstream file of 7915 bytes
