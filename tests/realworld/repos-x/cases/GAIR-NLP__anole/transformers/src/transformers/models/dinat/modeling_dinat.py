stub: upstream file of 40324 bytes
