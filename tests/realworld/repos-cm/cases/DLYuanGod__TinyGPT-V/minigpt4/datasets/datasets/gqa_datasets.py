stub: upstream file of 1782 bytes
