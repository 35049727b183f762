stub: upstream file of 39813 bytes
