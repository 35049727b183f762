stub: upstream file of 93474 bytes
