stub: upstream file of 12771 bytes
