stub: upstream file of 48386 bytes
