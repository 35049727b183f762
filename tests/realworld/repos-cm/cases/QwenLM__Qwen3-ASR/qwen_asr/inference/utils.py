stub: upstream file of 13915 bytes
