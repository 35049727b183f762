stub: upstream file of 12965 bytes
