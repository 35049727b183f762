stub: upstream file of 20902 bytes
