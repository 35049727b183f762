stub: upstream file of 374924 bytes
