stub: upstream file of 61976 bytes
