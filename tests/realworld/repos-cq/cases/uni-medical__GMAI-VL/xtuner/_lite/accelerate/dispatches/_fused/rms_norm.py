stub: upstream file of 958 bytes
