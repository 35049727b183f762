stub: upstream file of 17953 bytes
