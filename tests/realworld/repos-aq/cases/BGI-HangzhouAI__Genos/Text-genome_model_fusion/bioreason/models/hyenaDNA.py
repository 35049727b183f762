stub: upstream file of 41029 bytes
