stub: upstream file of 4880 bytes
