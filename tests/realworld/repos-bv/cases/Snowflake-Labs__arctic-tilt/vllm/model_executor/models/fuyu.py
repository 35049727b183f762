stub: upstream file of 15993 bytes
