stub: upstream file of 18698 bytes
