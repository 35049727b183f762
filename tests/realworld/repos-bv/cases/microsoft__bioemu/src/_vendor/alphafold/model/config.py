stub: upstream file of 26715 bytes
