stub: upstream file of 33969 bytes
