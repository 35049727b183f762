stub: upstream file of 2931 bytes
