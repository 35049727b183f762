stub: upstream file of 21043 bytes
