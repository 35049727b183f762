stub: upstream file of 36320 bytes
