stub: upstream file of 16698 bytes
