stub: upstream file of 28043 bytes
