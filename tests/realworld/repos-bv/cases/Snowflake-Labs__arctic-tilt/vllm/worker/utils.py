stub: upstream file of 1918 bytes
