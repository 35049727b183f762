stub: upstream file of 44417 bytes
