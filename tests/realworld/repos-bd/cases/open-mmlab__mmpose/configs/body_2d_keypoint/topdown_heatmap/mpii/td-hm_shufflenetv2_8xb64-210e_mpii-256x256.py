stub: upstream file of 3116 bytes
