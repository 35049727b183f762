stub: upstream file of 14052 bytes
