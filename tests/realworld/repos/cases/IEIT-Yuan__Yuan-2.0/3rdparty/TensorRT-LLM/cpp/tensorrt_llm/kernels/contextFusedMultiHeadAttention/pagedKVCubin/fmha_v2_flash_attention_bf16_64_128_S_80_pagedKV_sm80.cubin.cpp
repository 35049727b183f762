stub: upstream file of 745173 bytes
