stub: upstream file of 12672 bytes
