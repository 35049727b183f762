stub: upstream file of 10626 bytes
