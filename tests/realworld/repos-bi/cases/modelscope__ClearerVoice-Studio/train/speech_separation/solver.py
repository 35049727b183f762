stub: upstream file of 14028 bytes
