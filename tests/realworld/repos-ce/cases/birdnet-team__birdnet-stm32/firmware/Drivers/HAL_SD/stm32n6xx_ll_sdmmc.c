stub: upstream file of 65889 bytes
