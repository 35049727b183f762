stub: upstream file of 2992 bytes
