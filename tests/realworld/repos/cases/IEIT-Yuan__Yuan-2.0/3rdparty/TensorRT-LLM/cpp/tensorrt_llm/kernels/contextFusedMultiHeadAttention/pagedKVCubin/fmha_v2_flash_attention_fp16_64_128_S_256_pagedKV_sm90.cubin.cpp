stub: upstream file of 1041915 bytes
