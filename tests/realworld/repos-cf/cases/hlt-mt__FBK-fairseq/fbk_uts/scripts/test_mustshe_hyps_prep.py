stub: upstream file of 4875 bytes
