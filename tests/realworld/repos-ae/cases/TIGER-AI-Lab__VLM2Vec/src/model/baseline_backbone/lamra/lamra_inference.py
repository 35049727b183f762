stub: upstream file of 16135 bytes
