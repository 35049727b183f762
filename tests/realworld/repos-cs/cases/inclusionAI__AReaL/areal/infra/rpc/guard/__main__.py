stub: upstream file of 818 bytes
