stub: upstream file of 27824 bytes
