stub: upstream file of 5220 bytes
