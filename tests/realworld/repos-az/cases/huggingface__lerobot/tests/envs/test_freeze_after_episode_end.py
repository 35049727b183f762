stub: upstream file of 5729 bytes
