stub: upstream file of 11813 bytes
