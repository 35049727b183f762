stub: upstream file of 2793 bytes
