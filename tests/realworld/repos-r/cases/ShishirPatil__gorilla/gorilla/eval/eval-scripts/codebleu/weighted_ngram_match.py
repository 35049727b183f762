stub: upstream file of 25818 bytes
