stub: upstream file of 4715 bytes
