stub: upstream file of 729 bytes
