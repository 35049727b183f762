stub: upstream file of 16726 bytes
