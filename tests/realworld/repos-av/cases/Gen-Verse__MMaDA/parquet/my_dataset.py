stub: upstream file of 19766 bytes
