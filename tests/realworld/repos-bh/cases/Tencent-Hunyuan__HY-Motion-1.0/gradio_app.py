stub: upstream file of 35713 bytes
