stub: upstream file of 17393 bytes
