stub: upstream file of 24427 bytes
