stub: upstream file of 17422 bytes
