stub: upstream file of 12932 bytes
