stub: upstream file of 22813 bytes
