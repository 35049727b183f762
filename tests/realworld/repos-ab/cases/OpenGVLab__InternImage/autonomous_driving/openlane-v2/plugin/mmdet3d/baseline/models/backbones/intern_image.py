stub: upstream file of 26671 bytes
