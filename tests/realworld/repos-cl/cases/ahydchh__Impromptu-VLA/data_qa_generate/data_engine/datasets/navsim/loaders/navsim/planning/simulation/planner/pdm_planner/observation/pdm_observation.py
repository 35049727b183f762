stub: upstream file of 12925 bytes
