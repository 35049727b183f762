stub: upstream file of 10845 bytes
