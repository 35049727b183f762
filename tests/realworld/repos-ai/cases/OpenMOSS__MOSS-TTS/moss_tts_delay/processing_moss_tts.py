stub: upstream file of 35564 bytes
