stub: upstream file of 80164 bytes
