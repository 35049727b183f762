stub: upstream file of 5813 bytes
