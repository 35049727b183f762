stub: upstream file of 7162 bytes
