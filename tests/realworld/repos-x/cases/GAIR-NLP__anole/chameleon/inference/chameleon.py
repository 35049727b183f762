stub: upstream file of 22649 bytes
