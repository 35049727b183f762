stub: upstream file of 15685 bytes
