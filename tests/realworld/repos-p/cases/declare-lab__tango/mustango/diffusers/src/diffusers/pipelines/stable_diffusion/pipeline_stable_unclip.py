stub: upstream file of 45037 bytes
