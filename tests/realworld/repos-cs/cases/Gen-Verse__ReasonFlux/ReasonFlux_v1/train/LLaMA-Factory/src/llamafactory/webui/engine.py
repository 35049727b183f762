stub: upstream file of 3556 bytes
