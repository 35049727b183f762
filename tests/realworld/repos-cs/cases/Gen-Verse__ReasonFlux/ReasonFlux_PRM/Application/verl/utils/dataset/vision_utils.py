stub: upstream file of 2689 bytes
