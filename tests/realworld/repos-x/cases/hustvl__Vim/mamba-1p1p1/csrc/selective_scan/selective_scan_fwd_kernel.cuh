stub: upstream file of 20661 bytes
