stub: upstream file of 7795 bytes
