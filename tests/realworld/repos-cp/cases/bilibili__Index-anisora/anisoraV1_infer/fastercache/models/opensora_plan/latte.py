stub: upstream file of 125696 bytes
