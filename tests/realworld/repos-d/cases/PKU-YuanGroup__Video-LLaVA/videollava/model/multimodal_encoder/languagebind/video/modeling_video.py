stub: upstream file of 44998 bytes
