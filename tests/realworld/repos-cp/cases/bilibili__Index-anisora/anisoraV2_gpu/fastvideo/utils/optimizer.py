stub: upstream file of 2743 bytes
