stub: upstream file of 4149 bytes
