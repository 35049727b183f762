stub: upstream file of 2676 bytes
