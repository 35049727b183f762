stub: upstream file of 18786 bytes
