stub: upstream file of 35931 bytes
