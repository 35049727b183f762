stub: upstream file of 10116 bytes
