stub: upstream file of 28758 bytes
