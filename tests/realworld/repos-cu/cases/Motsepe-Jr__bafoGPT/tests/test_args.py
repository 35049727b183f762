stub: upstream file of 1849 bytes
