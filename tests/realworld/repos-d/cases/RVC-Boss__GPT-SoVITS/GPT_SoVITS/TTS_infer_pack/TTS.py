stub: upstream file of 81729 bytes
