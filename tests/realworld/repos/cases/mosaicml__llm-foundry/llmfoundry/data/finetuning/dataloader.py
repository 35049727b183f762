stub: upstream file of 38135 bytes
