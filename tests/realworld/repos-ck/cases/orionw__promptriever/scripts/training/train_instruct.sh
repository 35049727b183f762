stub: upstream file of 1043 bytes
