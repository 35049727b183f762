stub: upstream file of 28970 bytes
