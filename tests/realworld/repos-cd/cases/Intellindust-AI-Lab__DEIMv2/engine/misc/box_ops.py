stub: upstream file of 2903 bytes
