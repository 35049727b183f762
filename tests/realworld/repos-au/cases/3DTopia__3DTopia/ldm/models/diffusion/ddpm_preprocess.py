stub: upstream file of 81793 bytes
