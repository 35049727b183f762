stub: upstream file of 7047 bytes
