stub: upstream file of 42729 bytes
