stub: upstream file of 11617 bytes
