stub: upstream file of 41882 bytes
