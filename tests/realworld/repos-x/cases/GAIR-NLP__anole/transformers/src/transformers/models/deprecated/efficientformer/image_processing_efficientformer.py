stub: upstream file of 15698 bytes
