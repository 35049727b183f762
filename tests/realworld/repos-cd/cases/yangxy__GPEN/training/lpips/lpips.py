stub: upstream file of 9048 bytes
