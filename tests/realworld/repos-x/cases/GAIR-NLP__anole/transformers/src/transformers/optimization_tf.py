stub: upstream file of 16854 bytes
