stub: upstream file of 3114 bytes
