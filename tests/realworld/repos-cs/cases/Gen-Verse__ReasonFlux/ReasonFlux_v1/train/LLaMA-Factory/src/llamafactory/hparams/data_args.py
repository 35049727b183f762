stub: upstream file of 6907 bytes
