stub: upstream file of 27758 bytes
