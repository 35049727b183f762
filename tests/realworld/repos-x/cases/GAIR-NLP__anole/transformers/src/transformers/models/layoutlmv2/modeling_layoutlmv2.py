stub: upstream file of 61911 bytes
