stub: upstream file of 6779 bytes
