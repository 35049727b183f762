stub: upstream file of 41961 bytes
