stub: upstream file of 12692 bytes
