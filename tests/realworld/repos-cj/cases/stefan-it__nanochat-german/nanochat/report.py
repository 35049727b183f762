stub: upstream file of 15156 bytes
