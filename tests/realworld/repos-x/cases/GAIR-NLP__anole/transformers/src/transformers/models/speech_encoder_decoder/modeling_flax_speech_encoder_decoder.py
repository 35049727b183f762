stub: upstream file of 44642 bytes
