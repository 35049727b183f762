stub: upstream file of 24033 bytes
