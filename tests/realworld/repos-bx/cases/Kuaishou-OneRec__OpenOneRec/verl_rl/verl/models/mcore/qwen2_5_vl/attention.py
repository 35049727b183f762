stub: upstream file of 9689 bytes
