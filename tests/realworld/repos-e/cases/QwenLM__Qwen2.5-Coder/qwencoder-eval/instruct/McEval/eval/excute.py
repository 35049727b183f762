stub: upstream file of 36767 bytes
