stub: upstream file of 15188 bytes
