stub: upstream file of 14758 bytes
