stub: upstream file of 30391 bytes
