stub: upstream file of 7246 bytes
