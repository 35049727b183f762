stub: upstream file of 43974 bytes
