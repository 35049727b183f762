stub: upstream file of 15689 bytes
