stub: upstream file of 1729 bytes
