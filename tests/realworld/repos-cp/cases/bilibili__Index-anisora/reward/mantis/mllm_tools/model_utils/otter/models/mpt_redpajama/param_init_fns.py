stub: upstream file of 15312 bytes
