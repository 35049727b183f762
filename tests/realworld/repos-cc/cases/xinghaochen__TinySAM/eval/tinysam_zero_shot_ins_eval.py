stub: upstream file of 3676 bytes
