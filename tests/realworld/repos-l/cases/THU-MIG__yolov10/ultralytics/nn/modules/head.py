stub: upstream file of 24004 bytes
