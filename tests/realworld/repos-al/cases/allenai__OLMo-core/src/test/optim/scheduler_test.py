stub: upstream file of 28116 bytes
