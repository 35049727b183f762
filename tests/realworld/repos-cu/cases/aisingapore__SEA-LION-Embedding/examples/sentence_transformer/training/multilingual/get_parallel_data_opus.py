stub: upstream file of 2787 bytes
