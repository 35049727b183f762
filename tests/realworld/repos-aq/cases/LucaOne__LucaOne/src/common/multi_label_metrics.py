stub: upstream file of 18454 bytes
