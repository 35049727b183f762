stub: upstream file of 28875 bytes
