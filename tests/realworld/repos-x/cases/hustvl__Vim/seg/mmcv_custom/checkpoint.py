stub: upstream file of 24674 bytes
