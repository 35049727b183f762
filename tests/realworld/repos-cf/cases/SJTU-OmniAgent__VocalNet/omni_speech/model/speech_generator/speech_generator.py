stub: upstream file of 4886 bytes
