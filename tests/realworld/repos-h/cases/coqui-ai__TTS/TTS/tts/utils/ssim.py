stub: upstream file of 14961 bytes
