stub: upstream file of 1979 bytes
