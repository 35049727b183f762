stub: upstream file of 125748 bytes
