stub: upstream file of 62810 bytes
