stub: upstream file of 21333 bytes
