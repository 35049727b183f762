stub: upstream file of 234786 bytes
