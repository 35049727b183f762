stub: upstream file of 19813 bytes
