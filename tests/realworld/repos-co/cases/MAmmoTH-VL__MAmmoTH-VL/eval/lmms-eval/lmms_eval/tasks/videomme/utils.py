stub: upstream file of 12918 bytes
