stub: upstream file of 48674 bytes
