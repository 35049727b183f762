stub: upstream file of 25728 bytes
