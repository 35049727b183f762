stub: upstream file of 24764 bytes
