stub: upstream file of 31198 bytes
