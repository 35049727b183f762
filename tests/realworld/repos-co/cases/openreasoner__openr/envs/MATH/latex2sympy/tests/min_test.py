stub: upstream file of 3756 bytes
