stub: upstream file of 17909 bytes
