stub: upstream file of 67910 bytes
