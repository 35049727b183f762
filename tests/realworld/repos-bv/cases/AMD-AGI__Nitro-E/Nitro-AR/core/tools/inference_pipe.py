stub: upstream file of 8117 bytes
