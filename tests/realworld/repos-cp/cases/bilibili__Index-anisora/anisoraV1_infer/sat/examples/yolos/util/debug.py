stub: upstream file of 2779 bytes
