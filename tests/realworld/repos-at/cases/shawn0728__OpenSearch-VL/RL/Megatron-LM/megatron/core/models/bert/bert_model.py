stub: upstream file of 16863 bytes
