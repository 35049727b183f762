stub: upstream file of 45931 bytes
