stub: upstream file of 15265 bytes
