stub: upstream file of 26758 bytes
