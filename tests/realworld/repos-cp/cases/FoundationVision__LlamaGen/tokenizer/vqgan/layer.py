stub: upstream file of 13787 bytes
