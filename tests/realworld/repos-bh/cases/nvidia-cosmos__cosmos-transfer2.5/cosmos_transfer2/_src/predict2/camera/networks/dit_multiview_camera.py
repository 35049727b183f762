stub: upstream file of 79871 bytes
