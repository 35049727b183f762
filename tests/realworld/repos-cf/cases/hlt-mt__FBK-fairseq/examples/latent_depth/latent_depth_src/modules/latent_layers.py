stub: upstream file of 2605 bytes
