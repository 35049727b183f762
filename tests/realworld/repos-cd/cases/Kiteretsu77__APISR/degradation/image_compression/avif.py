stub: upstream file of 2715 bytes
