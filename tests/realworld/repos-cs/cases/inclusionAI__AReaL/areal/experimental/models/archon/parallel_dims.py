stub: upstream file of 17049 bytes
