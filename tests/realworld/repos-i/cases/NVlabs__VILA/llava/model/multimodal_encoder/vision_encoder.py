stub: upstream file of 11277 bytes
