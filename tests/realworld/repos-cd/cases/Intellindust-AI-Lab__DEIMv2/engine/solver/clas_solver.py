stub: upstream file of 2631 bytes
