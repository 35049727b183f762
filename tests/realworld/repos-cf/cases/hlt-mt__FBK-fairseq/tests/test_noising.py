stub: upstream file of 19815 bytes
