stub: upstream file of 12415 bytes
