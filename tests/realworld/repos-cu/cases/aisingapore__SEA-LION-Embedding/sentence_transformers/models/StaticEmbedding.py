stub: upstream file of 11623 bytes
