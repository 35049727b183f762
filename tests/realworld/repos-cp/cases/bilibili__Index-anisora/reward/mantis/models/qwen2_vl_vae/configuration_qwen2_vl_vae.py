stub: upstream file of 12827 bytes
