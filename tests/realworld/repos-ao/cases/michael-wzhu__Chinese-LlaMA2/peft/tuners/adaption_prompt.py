stub: upstream file of 15972 bytes
