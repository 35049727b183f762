stub: upstream file of 24063 bytes
