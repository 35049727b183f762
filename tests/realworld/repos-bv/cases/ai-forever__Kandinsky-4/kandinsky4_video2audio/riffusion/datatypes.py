stub: upstream file of 1547 bytes
