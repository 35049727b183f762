stub: upstream file of 60903 bytes
