stub: upstream file of 23078 bytes
