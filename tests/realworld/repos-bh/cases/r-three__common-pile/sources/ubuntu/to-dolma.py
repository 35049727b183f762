stub: upstream file of 2778 bytes
