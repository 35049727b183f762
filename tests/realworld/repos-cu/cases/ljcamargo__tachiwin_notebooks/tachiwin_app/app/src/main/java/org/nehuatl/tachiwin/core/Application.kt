stub: upstream file of 840 bytes
