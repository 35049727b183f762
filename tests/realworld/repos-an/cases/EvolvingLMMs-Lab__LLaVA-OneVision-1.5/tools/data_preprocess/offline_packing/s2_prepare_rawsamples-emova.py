stub: upstream file of 14780 bytes
