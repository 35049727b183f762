stub: upstream file of 124081 bytes
