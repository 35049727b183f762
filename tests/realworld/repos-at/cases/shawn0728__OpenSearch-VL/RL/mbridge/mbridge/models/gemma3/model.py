stub: upstream file of 16185 bytes
