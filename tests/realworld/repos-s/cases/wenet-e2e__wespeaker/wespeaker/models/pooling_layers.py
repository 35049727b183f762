stub: upstream file of 14997 bytes
