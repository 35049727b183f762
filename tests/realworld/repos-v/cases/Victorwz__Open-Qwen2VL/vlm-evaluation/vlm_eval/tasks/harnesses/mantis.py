stub: upstream file of 17729 bytes
