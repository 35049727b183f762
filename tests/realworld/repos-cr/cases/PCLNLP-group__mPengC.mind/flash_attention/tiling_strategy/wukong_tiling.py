stub: upstream file of 1813 bytes
