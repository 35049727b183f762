stub: upstream file of 7155 bytes
