stub: upstream file of 13758 bytes
