stub: upstream file of 38766 bytes
