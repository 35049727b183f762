stub: upstream file of 14942 bytes
