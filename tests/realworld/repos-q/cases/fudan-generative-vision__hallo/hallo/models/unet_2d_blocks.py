stub: upstream file of 57770 bytes
