stub: upstream file of 34998 bytes
