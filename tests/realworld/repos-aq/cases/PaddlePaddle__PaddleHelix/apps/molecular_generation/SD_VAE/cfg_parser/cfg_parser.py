stub: upstream file of 6742 bytes
