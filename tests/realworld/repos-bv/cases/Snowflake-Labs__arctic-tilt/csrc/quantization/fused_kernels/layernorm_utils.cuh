stub: upstream file of 11742 bytes
