stub: upstream file of 26125 bytes
