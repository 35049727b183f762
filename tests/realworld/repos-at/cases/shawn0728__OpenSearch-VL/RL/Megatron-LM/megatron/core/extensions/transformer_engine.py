stub: upstream file of 81424 bytes
