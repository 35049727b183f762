stub: upstream file of 6915 bytes
