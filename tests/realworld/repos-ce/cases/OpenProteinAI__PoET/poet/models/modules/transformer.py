stub: upstream file of 41827 bytes
