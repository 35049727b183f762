stub: upstream file of 1721470 bytes
