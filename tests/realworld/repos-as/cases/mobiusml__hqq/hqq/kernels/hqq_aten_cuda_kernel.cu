stub: upstream file of 15813 bytes
