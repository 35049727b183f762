stub: upstream file of 10842 bytes
