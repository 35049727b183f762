stub: upstream file of 21813 bytes
