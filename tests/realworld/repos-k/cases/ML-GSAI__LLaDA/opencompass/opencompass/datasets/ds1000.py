stub: upstream file of 16114 bytes
