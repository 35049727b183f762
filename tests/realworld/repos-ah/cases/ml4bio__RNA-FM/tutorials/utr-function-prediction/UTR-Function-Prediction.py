stub: upstream file of 17974 bytes
