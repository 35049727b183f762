stub: upstream file of 1786 bytes
