stub: upstream file of 14178 bytes
