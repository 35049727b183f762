stub: upstream file of 79882 bytes
