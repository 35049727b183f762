stub: upstream file of 14871 bytes
