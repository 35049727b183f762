stub: upstream file of 36819 bytes
