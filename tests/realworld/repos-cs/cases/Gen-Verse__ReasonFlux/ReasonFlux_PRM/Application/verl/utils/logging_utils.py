stub: upstream file of 1051 bytes
