stub: upstream file of 2955 bytes
