stub: upstream file of 2976 bytes
