stub: upstream file of 11676 bytes
