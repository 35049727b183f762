stub: upstream file of 119265 bytes
