stub: upstream file of 3824 bytes
