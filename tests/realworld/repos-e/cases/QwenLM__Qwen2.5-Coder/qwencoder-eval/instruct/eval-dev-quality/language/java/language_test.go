stub: upstream file of 25779 bytes
