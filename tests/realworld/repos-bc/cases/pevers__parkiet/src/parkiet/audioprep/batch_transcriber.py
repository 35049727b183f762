stub: upstream file of 22825 bytes
