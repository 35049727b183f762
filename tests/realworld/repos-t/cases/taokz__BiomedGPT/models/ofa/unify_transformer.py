stub: upstream file of 82967 bytes
