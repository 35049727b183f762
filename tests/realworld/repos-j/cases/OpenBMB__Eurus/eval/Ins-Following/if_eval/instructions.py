stub: upstream file of 52845 bytes
