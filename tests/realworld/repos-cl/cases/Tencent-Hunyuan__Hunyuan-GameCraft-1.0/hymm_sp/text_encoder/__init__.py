stub: upstream file of 14886 bytes
