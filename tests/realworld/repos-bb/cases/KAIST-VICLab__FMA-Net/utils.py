stub: upstream file of 14682 bytes
