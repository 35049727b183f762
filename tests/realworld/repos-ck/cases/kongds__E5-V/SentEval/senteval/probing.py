stub: upstream file of 6786 bytes
