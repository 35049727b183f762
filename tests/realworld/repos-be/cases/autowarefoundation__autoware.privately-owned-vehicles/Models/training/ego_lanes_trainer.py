stub: upstream file of 31265 bytes
