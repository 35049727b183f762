stub: upstream file of 36197 bytes
