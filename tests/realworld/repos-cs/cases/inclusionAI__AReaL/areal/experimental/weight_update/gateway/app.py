stub: upstream file of 26887 bytes
