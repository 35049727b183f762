stub: upstream file of 15616 bytes
