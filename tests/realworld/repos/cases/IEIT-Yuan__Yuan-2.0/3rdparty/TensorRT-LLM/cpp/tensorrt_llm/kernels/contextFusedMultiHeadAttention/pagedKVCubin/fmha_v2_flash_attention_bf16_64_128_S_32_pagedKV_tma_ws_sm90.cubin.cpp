stub: upstream file of 1246744 bytes
