stub: upstream file of 20152 bytes
