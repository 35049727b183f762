stub: upstream file of 81696 bytes
