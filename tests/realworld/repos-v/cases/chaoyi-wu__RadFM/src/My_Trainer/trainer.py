stub: upstream file of 188995 bytes
