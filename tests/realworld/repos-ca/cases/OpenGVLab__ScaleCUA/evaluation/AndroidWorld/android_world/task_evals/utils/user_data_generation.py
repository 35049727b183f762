stub: upstream file of 24802 bytes
