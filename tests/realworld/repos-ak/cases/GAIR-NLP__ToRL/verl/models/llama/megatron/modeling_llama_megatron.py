stub: upstream file of 29698 bytes
