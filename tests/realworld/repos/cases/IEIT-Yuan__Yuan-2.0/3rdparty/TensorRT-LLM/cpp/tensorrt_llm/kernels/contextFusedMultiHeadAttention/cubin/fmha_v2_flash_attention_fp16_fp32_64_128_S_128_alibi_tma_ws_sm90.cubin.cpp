stub: upstream file of 1918080 bytes
