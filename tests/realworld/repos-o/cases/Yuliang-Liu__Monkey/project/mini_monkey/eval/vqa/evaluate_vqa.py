stub: upstream file of 22676 bytes
