stub: upstream file of 6870 bytes
