stub: upstream file of 20271 bytes
