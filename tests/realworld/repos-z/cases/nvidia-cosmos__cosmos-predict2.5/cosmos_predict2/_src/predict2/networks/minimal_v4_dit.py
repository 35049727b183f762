stub: upstream file of 77061 bytes
