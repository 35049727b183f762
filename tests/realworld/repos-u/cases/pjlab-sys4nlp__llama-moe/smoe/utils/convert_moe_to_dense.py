stub: upstream file of 163450 bytes
