stub: upstream file of 16652 bytes
