stub: upstream file of 20728 bytes
