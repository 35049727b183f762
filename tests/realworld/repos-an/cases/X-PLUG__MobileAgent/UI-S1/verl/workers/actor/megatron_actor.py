stub: upstream file of 27951 bytes
