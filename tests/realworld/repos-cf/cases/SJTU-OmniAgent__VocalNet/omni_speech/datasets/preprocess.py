stub: upstream file of 26460 bytes
