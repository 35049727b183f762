stub: upstream file of 11422 bytes
