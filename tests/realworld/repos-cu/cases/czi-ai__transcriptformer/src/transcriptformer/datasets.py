stub: upstream file of 12114 bytes
