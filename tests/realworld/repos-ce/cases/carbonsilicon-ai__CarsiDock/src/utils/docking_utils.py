stub: upstream file of 25762 bytes
