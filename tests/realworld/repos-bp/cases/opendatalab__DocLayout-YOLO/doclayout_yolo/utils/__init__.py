stub: upstream file of 37605 bytes
