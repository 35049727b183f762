stub: upstream file of 65913 bytes
