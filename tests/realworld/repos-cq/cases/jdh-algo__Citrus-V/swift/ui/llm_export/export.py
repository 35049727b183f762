stub: upstream file of 2758 bytes
