stub: upstream file of 24382 bytes
