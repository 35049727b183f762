stub: upstream file of 676 bytes
