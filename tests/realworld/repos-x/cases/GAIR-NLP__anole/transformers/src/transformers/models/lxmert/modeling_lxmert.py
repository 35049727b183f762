stub: upstream file of 64956 bytes
